// Warp 1.19.0 cuda code for detect_overlap_c417a202.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// detect_overlap.py:4
static CUDA_CALLABLE wp::float32 sphere_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    return var_2;
}


// detect_overlap.py:4
static CUDA_CALLABLE void adj_sphere_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_center, adj_p, adj_center, adj_0);
    // adj: return wp.length(p - center) - radius                                             <L 6>
    // adj: def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                  <L 5>
    return;
}



extern "C" __global__ void detect_overlap_efd037f2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_sim_dt,
    wp::vec_t<3, wp::float32> var_shape_pos,
    wp::float32 var_radius,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_num_contacts)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        //---------
        // forward
        // def detect_overlap(                                                                    <L 10>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 22>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 23>
            continue;
        }
        // pos = x[tid]                                                                           <L 24>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // vel = v[tid]                                                                           <L 25>
        var_8 = wp::address(var_v, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // depth = margin - sphere_distance(pos + vel * sim_dt, shape_pos, radius)                <L 26>
        var_11 = wp::mul(var_9, var_sim_dt);
        var_12 = wp::add(var_6, var_11);
        var_13 = sphere_distance_0(var_12, var_shape_pos, var_radius);
        var_14 = wp::sub(var_margin, var_13);
        // if depth > 0.0:                                                                        <L 27>
        var_16 = (var_14 > var_15);
        if (var_16) {
            // wp.atomic_add(num_contacts, 0, 1)                                                  <L 28>
            var_19 = wp::atomic_add(var_num_contacts, var_17, var_18);
        }
        if (!var_16) {
            // depth = 0.0                                                                        <L 30>
        }
        var_21 = wp::where(var_16, var_14, var_20);
        // penetration[tid] = depth                                                               <L 31>
        wp::array_store(var_penetration, var_0, var_21);
    }
}



extern "C" __global__ void detect_overlap_efd037f2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_sim_dt,
    wp::vec_t<3, wp::float32> var_shape_pos,
    wp::float32 var_radius,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_num_contacts,
    wp::array_t<wp::int32> adj_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_sim_dt,
    wp::vec_t<3, wp::float32> adj_shape_pos,
    wp::float32 adj_radius,
    wp::float32 adj_margin,
    wp::array_t<wp::float32> adj_penetration,
    wp::array_t<wp::int32> adj_num_contacts)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def detect_overlap(                                                                    <L 10>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 22>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 23>
            goto label0;
        }
        // pos = x[tid]                                                                           <L 24>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // vel = v[tid]                                                                           <L 25>
        var_8 = wp::address(var_v, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // depth = margin - sphere_distance(pos + vel * sim_dt, shape_pos, radius)                <L 26>
        var_11 = wp::mul(var_9, var_sim_dt);
        var_12 = wp::add(var_6, var_11);
        var_13 = sphere_distance_0(var_12, var_shape_pos, var_radius);
        var_14 = wp::sub(var_margin, var_13);
        // if depth > 0.0:                                                                        <L 27>
        var_16 = (var_14 > var_15);
        if (var_16) {
            // wp.atomic_add(num_contacts, 0, 1)                                                  <L 28>
            // var_19 = wp::atomic_add(var_num_contacts, var_17, var_18);
        }
        if (!var_16) {
            // depth = 0.0                                                                        <L 30>
        }
        var_21 = wp::where(var_16, var_14, var_20);
        // penetration[tid] = depth                                                               <L 31>
        // wp::array_store(var_penetration, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_penetration, var_0, var_21, adj_penetration, adj_0, adj_21);
        // adj: penetration[tid] = depth                                                          <L 31>
        wp::adj_where(var_16, var_14, var_20, adj_16, adj_14, adj_20, adj_21);
        if (!var_16) {
            // adj: depth = 0.0                                                                   <L 30>
        }
        if (var_16) {
            wp::adj_atomic_add(var_num_contacts, var_17, var_18, adj_num_contacts, adj_17, adj_18, adj_19);
            // adj: wp.atomic_add(num_contacts, 0, 1)                                             <L 28>
        }
        // adj: if depth > 0.0:                                                                   <L 27>
        wp::adj_sub(var_margin, var_13, adj_margin, adj_13, adj_14);
        adj_sphere_distance_0(var_12, var_shape_pos, var_radius, adj_12, adj_shape_pos, adj_radius, adj_13);
        wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
        wp::adj_mul(var_9, var_sim_dt, adj_9, adj_sim_dt, adj_11);
        // adj: depth = margin - sphere_distance(pos + vel * sim_dt, shape_pos, radius)           <L 26>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: vel = v[tid]                                                                      <L 25>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_5);
        // adj: pos = x[tid]                                                                      <L 24>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        wp::adj_address(var_num_active, var_1, adj_num_active, adj_1, adj_2);
        // adj: if tid >= num_active[0]:                                                          <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def detect_overlap(                                                               <L 10>
        continue;
    }
}

