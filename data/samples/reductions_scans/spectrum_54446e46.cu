// Warp 1.19.0 cuda code for spectrum_54446e46.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_l2_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    return var_0;
}


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_norm_l2_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v)                                                               <L 12>
    // adj: def norm_l2(v: Any) -> float:                                                     <L 1>
    return;
}



extern "C" __global__ void scale_by_group_3c21b6c4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::float32> var_group_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def scale_by_group(                                                                    <L 23>
        // tid = wp.tid()                                                                         <L 29>
        var_0 = builtin_tid1d();
        // g = ids[tid]                                                                           <L 30>
        var_1 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 32>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 33>
            continue;
        }
        // out[tid] = src[tid] * group_scale[g]                                                   <L 34>
        var_6 = wp::address(var_src, var_0);
        var_7 = wp::address(var_group_scale, var_2);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        wp::array_store(var_out, var_0, var_8);
    }
}



extern "C" __global__ void scale_by_group_3c21b6c4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::float32> var_group_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::int32> adj_ids,
    wp::array_t<wp::float32> adj_group_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def scale_by_group(                                                                    <L 23>
        // tid = wp.tid()                                                                         <L 29>
        var_0 = builtin_tid1d();
        // g = ids[tid]                                                                           <L 30>
        var_1 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 32>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 33>
            goto label0;
        }
        // out[tid] = src[tid] * group_scale[g]                                                   <L 34>
        var_6 = wp::address(var_src, var_0);
        var_7 = wp::address(var_group_scale, var_2);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        // wp::array_store(var_out, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
        wp::adj_mul(var_9, var_10, adj_6, adj_7, adj_8);
        wp::adj_address(var_group_scale, var_2, adj_group_scale, adj_2, adj_7);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_6);
        // adj: out[tid] = src[tid] * group_scale[g]                                              <L 34>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 33>
        }
        // adj: if g < 0:                                                                         <L 32>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_1);
        // adj: g = ids[tid]                                                                      <L 30>
        // adj: tid = wp.tid()                                                                    <L 29>
        // adj: def scale_by_group(                                                               <L 23>
        continue;
    }
}



extern "C" __global__ void build_segment_offsets_4375391a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segment_counts,
    wp::int32 var_segment_count,
    wp::array_t<wp::int32> var_segment_offsets)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        //---------
        // forward
        // def build_segment_offsets(                                                             <L 56>
        // total = wp.int32(0)                                                                    <L 62>
        var_1 = wp::int32(var_0);
        // for s in range(segment_count):                                                         <L 63>
        var_2 = wp::range(var_segment_count);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // count = segment_counts[s]                                                          <L 64>
            var_4 = wp::address(var_segment_counts, var_3);
            var_6 = wp::load(var_4);
            var_5 = wp::copy(var_6);
            // segment_offsets[s] = total                                                         <L 65>
            wp::array_store(var_segment_offsets, var_3, var_1);
            // total += count                                                                     <L 66>
            var_7 = wp::add(var_1, var_5);
            wp::assign(var_1, var_7);
            goto start_for_0;
        end_for_0:;
        // segment_offsets[segment_count] = total                                                 <L 67>
        wp::array_store(var_segment_offsets, var_segment_count, var_1);
    }
}



extern "C" __global__ void sum_by_label_4b5f7634_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::int32> var_segment_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_segment_sums)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        bool var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def sum_by_label(                                                                      <L 71>
        // tid = wp.tid()                                                                         <L 78>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 79>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 81>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 82>
            continue;
        }
        // seg = segment_ids[tid]                                                                 <L 83>
        var_6 = wp::address(var_segment_ids, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // u = a[tid]                                                                             <L 84>
        var_9 = wp::address(var_a, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 85>
        var_14 = (var_7 >= var_13);
        var_12 = var_14;
        if (var_12) {
            var_15 = &(var_segment_sums.shape);
            var_18 = wp::load(var_15);
            var_17 = wp::extract(var_18, var_16);
            var_19 = (var_7 < var_17);
            var_12 = var_12 && var_19;
        }
        if (var_12) {
            // wp.atomic_add(segment_sums, seg, wp.norm_l2(u))                                    <L 86>
            var_20 = norm_l2_0(var_10);
            var_21 = wp::atomic_add(var_segment_sums, var_7, var_20);
        }
    }
}



extern "C" __global__ void sum_by_label_4b5f7634_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::int32> var_segment_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_segment_sums,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::int32> adj_segment_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::float32> adj_segment_sums)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        bool var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::shape_t adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def sum_by_label(                                                                      <L 71>
        // tid = wp.tid()                                                                         <L 78>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 79>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 81>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 82>
            goto label0;
        }
        // seg = segment_ids[tid]                                                                 <L 83>
        var_6 = wp::address(var_segment_ids, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // u = a[tid]                                                                             <L 84>
        var_9 = wp::address(var_a, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 85>
        var_14 = (var_7 >= var_13);
        var_12 = var_14;
        if (var_12) {
            var_15 = &(var_segment_sums.shape);
            var_18 = wp::load(var_15);
            var_17 = wp::extract(var_18, var_16);
            var_19 = (var_7 < var_17);
            var_12 = var_12 && var_19;
        }
        if (var_12) {
            // wp.atomic_add(segment_sums, seg, wp.norm_l2(u))                                    <L 86>
            var_20 = norm_l2_0(var_10);
            // var_21 = wp::atomic_add(var_segment_sums, var_7, var_20);
        }
        //---------
        // reverse
        if (var_12) {
            wp::adj_atomic_add(var_segment_sums, var_7, var_20, adj_segment_sums, adj_7, adj_20, adj_21);
            adj_norm_l2_0(var_10, adj_10, adj_20);
            // adj: wp.atomic_add(segment_sums, seg, wp.norm_l2(u))                               <L 86>
        }
        if (var_12) {
            adj_segment_sums.shape = adj_15;
        }
        // adj: if seg >= 0 and seg < segment_sums.shape[0]:                                      <L 85>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_9);
        // adj: u = a[tid]                                                                        <L 84>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_segment_ids, var_0, adj_segment_ids, adj_0, adj_6);
        // adj: seg = segment_ids[tid]                                                            <L 83>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 82>
        }
        // adj: if w == 0.0:                                                                      <L 81>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
        // adj: w = inv_masses[tid]                                                               <L 79>
        // adj: tid = wp.tid()                                                                    <L 78>
        // adj: def sum_by_label(                                                                 <L 71>
        continue;
    }
}



extern "C" __global__ void index_world_bodies_72cd6822_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_body_count_per_world,
    wp::int32 var_world_count,
    wp::array_t<wp::int32> var_world_body_start,
    wp::array_t<wp::int32> var_max_bodies_per_world)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        //---------
        // forward
        // def index_world_bodies(                                                                <L 38>
        // start = wp.int32(0)                                                                    <L 44>
        var_1 = wp::int32(var_0);
        // most = wp.int32(0)                                                                     <L 45>
        var_3 = wp::int32(var_2);
        // for w in range(world_count):                                                           <L 46>
        var_4 = wp::range(var_world_count);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // count = body_count_per_world[w]                                                    <L 47>
            var_6 = wp::address(var_body_count_per_world, var_5);
            var_8 = wp::load(var_6);
            var_7 = wp::copy(var_8);
            // world_body_start[w] = start                                                        <L 48>
            wp::array_store(var_world_body_start, var_5, var_1);
            // start += count                                                                     <L 49>
            var_9 = wp::add(var_1, var_7);
            // most = wp.max(most, count)                                                         <L 50>
            var_10 = wp::max(var_3, var_7);
            wp::assign(var_1, var_9);
            wp::assign(var_3, var_10);
            goto start_for_0;
        end_for_0:;
        // world_body_start[world_count] = start                                                  <L 51>
        wp::array_store(var_world_body_start, var_world_count, var_1);
        // max_bodies_per_world[0] = most                                                         <L 52>
        wp::array_store(var_max_bodies_per_world, var_11, var_3);
    }
}



extern "C" __global__ void spectrum_f045969e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dft)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 0.5;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32> var_36;
        //---------
        // forward
        // def spectrum(x: wp.array[float], dft: wp.array[wp.vec2]):                              <L 8>
        // k = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 10>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // re = float(0.0)                                                                        <L 11>
        var_6 = wp::float(var_5);
        // im = float(0.0)                                                                        <L 12>
        var_8 = wp::float(var_7);
        // step = TWO_PI * float(k) / float(n)                                                    <L 13>
        var_10 = wp::float(var_0);
        var_11 = wp::mul(var_9, var_10);
        var_12 = wp::float(var_3);
        var_13 = wp::div(var_11, var_12);
        // for m in range(n):                                                                     <L 14>
        var_14 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // a = step * float(m)                                                                <L 15>
            var_16 = wp::float(var_15);
            var_17 = wp::mul(var_13, var_16);
            // s = x[m] * (0.5 - 0.5 * wp.cos(TWO_PI * float(m) / float(n)))                      <L 16>
            var_18 = wp::address(var_x, var_15);
            var_21 = wp::float(var_15);
            var_22 = wp::mul(var_9, var_21);
            var_23 = wp::float(var_3);
            var_24 = wp::div(var_22, var_23);
            var_25 = wp::cos(var_24);
            var_26 = wp::mul(var_20, var_25);
            var_27 = wp::sub(var_19, var_26);
            var_29 = wp::load(var_18);
            var_28 = wp::mul(var_29, var_27);
            // re += s * wp.cos(a)                                                                <L 17>
            var_30 = wp::cos(var_17);
            var_31 = wp::mul(var_28, var_30);
            var_32 = wp::add(var_6, var_31);
            // im -= s * wp.sin(a)                                                                <L 18>
            var_33 = wp::sin(var_17);
            var_34 = wp::mul(var_28, var_33);
            var_35 = wp::sub(var_8, var_34);
            wp::assign(var_6, var_32);
            wp::assign(var_8, var_35);
            goto start_for_0;
        end_for_0:;
        // dft[k] = wp.vec2(re, im)                                                               <L 19>
        var_36 = wp::vec_t<2, wp::float32>(var_6, var_8);
        wp::array_store(var_dft, var_0, var_36);
    }
}



extern "C" __global__ void spectrum_f045969e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dft,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dft)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 0.5;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32> var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        //---------
        // forward
        // def spectrum(x: wp.array[float], dft: wp.array[wp.vec2]):                              <L 8>
        // k = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 10>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // re = float(0.0)                                                                        <L 11>
        var_6 = wp::float(var_5);
        // im = float(0.0)                                                                        <L 12>
        var_8 = wp::float(var_7);
        // step = TWO_PI * float(k) / float(n)                                                    <L 13>
        var_10 = wp::float(var_0);
        var_11 = wp::mul(var_9, var_10);
        var_12 = wp::float(var_3);
        var_13 = wp::div(var_11, var_12);
        // for m in range(n):                                                                     <L 14>
        var_14 = wp::range(var_3);
        // dft[k] = wp.vec2(re, im)                                                               <L 19>
        var_36 = wp::vec_t<2, wp::float32>(var_6, var_8);
        // wp::array_store(var_dft, var_0, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_dft, var_0, var_36, adj_dft, adj_0, adj_36);
        wp::adj_vec_t(var_6, var_8, adj_6, adj_8, adj_36);
        // adj: dft[k] = wp.vec2(re, im)                                                          <L 19>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
            // a = step * float(m)                                                                <L 15>
            var_16 = wp::float(var_15);
            var_17 = wp::mul(var_13, var_16);
            // s = x[m] * (0.5 - 0.5 * wp.cos(TWO_PI * float(m) / float(n)))                      <L 16>
            var_18 = wp::address(var_x, var_15);
            var_21 = wp::float(var_15);
            var_22 = wp::mul(var_9, var_21);
            var_23 = wp::float(var_3);
            var_24 = wp::div(var_22, var_23);
            var_25 = wp::cos(var_24);
            var_26 = wp::mul(var_20, var_25);
            var_27 = wp::sub(var_19, var_26);
            var_29 = wp::load(var_18);
            var_28 = wp::mul(var_29, var_27);
            // re += s * wp.cos(a)                                                                <L 17>
            var_30 = wp::cos(var_17);
            var_31 = wp::mul(var_28, var_30);
            var_32 = wp::add(var_6, var_31);
            // im -= s * wp.sin(a)                                                                <L 18>
            var_33 = wp::sin(var_17);
            var_34 = wp::mul(var_28, var_33);
            var_35 = wp::sub(var_8, var_34);
            wp::assign(var_6, var_32);
            wp::assign(var_8, var_35);
            wp::adj_assign(var_8, var_35, adj_8, adj_35);
            wp::adj_assign(var_6, var_32, adj_6, adj_32);
            wp::adj_sub(var_8, var_34, adj_8, adj_34, adj_35);
            wp::adj_mul(var_28, var_33, adj_28, adj_33, adj_34);
            wp::adj_sin(var_17, adj_17, adj_33);
            // adj: im -= s * wp.sin(a)                                                           <L 18>
            wp::adj_add(var_6, var_31, adj_6, adj_31, adj_32);
            wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
            wp::adj_cos(var_17, adj_17, adj_30);
            // adj: re += s * wp.cos(a)                                                           <L 17>
            wp::adj_mul(var_29, var_27, adj_18, adj_27, adj_28);
            wp::adj_sub(var_19, var_26, adj_19, adj_26, adj_27);
            wp::adj_mul(var_20, var_25, adj_20, adj_25, adj_26);
            wp::adj_cos(var_24, adj_24, adj_25);
            wp::adj_div(var_22, var_23, var_24, adj_22, adj_23, adj_24);
            wp::adj_float(var_3, adj_3, adj_23);
            wp::adj_mul(var_9, var_21, adj_9, adj_21, adj_22);
            wp::adj_float(var_15, adj_15, adj_21);
            wp::adj_address(var_x, var_15, adj_x, adj_15, adj_18);
            // adj: s = x[m] * (0.5 - 0.5 * wp.cos(TWO_PI * float(m) / float(n)))                 <L 16>
            wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
            wp::adj_float(var_15, adj_15, adj_16);
            // adj: a = step * float(m)                                                           <L 15>
        	goto start_for_0;
        end_for_0:;
        // adj: for m in range(n):                                                                <L 14>
        wp::adj_div(var_11, var_12, var_13, adj_11, adj_12, adj_13);
        wp::adj_float(var_3, adj_3, adj_12);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_float(var_0, adj_0, adj_10);
        // adj: step = TWO_PI * float(k) / float(n)                                               <L 13>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: im = float(0.0)                                                                   <L 12>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: re = float(0.0)                                                                   <L 11>
        adj_x.shape = adj_1;
        // adj: n = x.shape[0]                                                                    <L 10>
        // adj: k = wp.tid()                                                                      <L 9>
        // adj: def spectrum(x: wp.array[float], dft: wp.array[wp.vec2]):                         <L 8>
        continue;
    }
}

