// Warp 1.19.0 cuda code for block_shares_5704e851.py; preceded by preamble_cuda_0d956741bf3f7d3f.cuh


extern "C" __global__ void sum_all_blocks_0a52ac11_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_accum)
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
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_6 = 0;
        //---------
        // forward
        // def sum_all_blocks(x: wp.array[float], accum: wp.array[float]):                        <L 25>
        // i = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 28>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
        // wp.tile_atomic_add(accum, wp.tile_sum(t))                                              <L 30>
        var_4 = wp::tile_sum(var_3);
        var_5 = wp::tile_atomic_add<wp::float32, true>(var_accum, var_6, var_4);
    }
}



extern "C" __global__ void sum_all_blocks_0a52ac11_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_accum,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_accum)
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
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_6 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_5{};
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def sum_all_blocks(x: wp.array[float], accum: wp.array[float]):                        <L 25>
        // i = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 28>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
        // wp.tile_atomic_add(accum, wp.tile_sum(t))                                              <L 30>
        var_4 = wp::tile_sum(var_3);
        // var_5 = wp::tile_atomic_add<wp::float32, true>(var_accum, var_6, var_4);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_accum, var_6, var_4, adj_accum, adj_6, adj_4, adj_5);
        wp::adj_tile_sum(var_3, adj_3, adj_4);
        // adj: wp.tile_atomic_add(accum, wp.tile_sum(t))                                         <L 30>
        wp::adj_tile_load(var_x, var_2, adj_x, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 28>
        // adj: i = wp.tid()                                                                      <L 27>
        // adj: def sum_all_blocks(x: wp.array[float], accum: wp.array[float]):                   <L 25>
        continue;
    }
}



extern "C" __global__ void block_shares_4c5fcbe6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_plane_offset,
    wp::array_t<wp::float32> var_shares)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::float32 var_20;
        //---------
        // forward
        // def block_shares(                                                                      <L 9>
        // i, lane = wp.tid()                                                                     <L 15>
        builtin_tid2d(var_0, var_1);
        // idx = i * wp.block_dim() + lane                                                        <L 16>
        var_2 = builtin_block_dim();
        var_3 = wp::mul(var_0, var_2);
        var_4 = wp::add(var_3, var_1);
        // contribution = wp.dot(particle_x[idx], up) - plane_offset                              <L 17>
        var_5 = wp::address(var_particle_x, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::dot(var_7, var_up);
        var_8 = wp::sub(var_6, var_plane_offset);
        // t = wp.tile(contribution)                                                              <L 18>
        var_9 = wp::tile<wp::float32>(var_8);
        // s = wp.tile_sum(t)                                                                     <L 19>
        var_10 = wp::tile_sum(var_9);
        // total = s[0]                                                                           <L 20>
        var_12 = wp::tile_extract(var_10, var_11);
        // shares[idx] = wp.untile(t * wp.where(total != 0.0, 1.0 / total, 0.0))                  <L 21>
        var_14 = (var_12 != var_13);
        var_16 = wp::div(var_15, var_12);
        var_18 = wp::where(var_14, var_16, var_17);
        var_19 = wp::tile_mul(var_9, var_18);
        var_20 = wp::untile(var_19);
        wp::array_store(var_shares, var_4, var_20);
    }
}



extern "C" __global__ void block_shares_4c5fcbe6_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_plane_offset,
    wp::array_t<wp::float32> var_shares,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::vec_t<3, wp::float32> adj_up,
    wp::float32 adj_plane_offset,
    wp::array_t<wp::float32> adj_shares)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::float32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_9{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_10 = var_10;
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_19{};
        wp::float32 adj_20 = {};
        //---------
        // forward
        // def block_shares(                                                                      <L 9>
        // i, lane = wp.tid()                                                                     <L 15>
        builtin_tid2d(var_0, var_1);
        // idx = i * wp.block_dim() + lane                                                        <L 16>
        var_2 = builtin_block_dim();
        var_3 = wp::mul(var_0, var_2);
        var_4 = wp::add(var_3, var_1);
        // contribution = wp.dot(particle_x[idx], up) - plane_offset                              <L 17>
        var_5 = wp::address(var_particle_x, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::dot(var_7, var_up);
        var_8 = wp::sub(var_6, var_plane_offset);
        // t = wp.tile(contribution)                                                              <L 18>
        var_9 = wp::tile<wp::float32>(var_8);
        // s = wp.tile_sum(t)                                                                     <L 19>
        var_10 = wp::tile_sum(var_9);
        // total = s[0]                                                                           <L 20>
        var_12 = wp::tile_extract(var_10, var_11);
        // shares[idx] = wp.untile(t * wp.where(total != 0.0, 1.0 / total, 0.0))                  <L 21>
        var_14 = (var_12 != var_13);
        var_16 = wp::div(var_15, var_12);
        var_18 = wp::where(var_14, var_16, var_17);
        var_19 = wp::tile_mul(var_9, var_18);
        var_20 = wp::untile(var_19);
        // wp::array_store(var_shares, var_4, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_shares, var_4, var_20, adj_shares, adj_4, adj_20);
        wp::adj_untile(var_19, adj_19, adj_20);
        wp::adj_tile_mul(var_9, var_18, adj_9, adj_18, adj_19);
        wp::adj_where(var_14, var_16, var_17, adj_14, adj_16, adj_17, adj_18);
        wp::adj_div(var_15, var_12, var_16, adj_15, adj_12, adj_16);
        // adj: shares[idx] = wp.untile(t * wp.where(total != 0.0, 1.0 / total, 0.0))             <L 21>
        wp::adj_tile_extract(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: total = s[0]                                                                      <L 20>
        wp::adj_tile_sum(var_9, adj_9, adj_10);
        // adj: s = wp.tile_sum(t)                                                                <L 19>
        wp::adj_tile(var_8, adj_8, adj_9);
        // adj: t = wp.tile(contribution)                                                         <L 18>
        wp::adj_sub(var_6, var_plane_offset, adj_6, adj_plane_offset, adj_8);
        wp::adj_dot(var_7, var_up, adj_5, adj_up, adj_6);
        wp::adj_address(var_particle_x, var_4, adj_particle_x, adj_4, adj_5);
        // adj: contribution = wp.dot(particle_x[idx], up) - plane_offset                         <L 17>
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_4);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_3);
        // adj: idx = i * wp.block_dim() + lane                                                   <L 16>
        // adj: i, lane = wp.tid()                                                                <L 15>
        // adj: def block_shares(                                                                 <L 9>
        continue;
    }
}

