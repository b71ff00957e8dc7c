// Warp 1.19.0 cuda code for sum_nearby_a3635f55.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sum_nearby.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 5>
    // vn = wp.dot(v, n)                                                                      <L 6>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 7>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    return var_3;
}


// sum_nearby.py:4
static CUDA_CALLABLE void adj_relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 5>
    // vn = wp.dot(v, n)                                                                      <L 6>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 7>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_2, var_n, adj_2, adj_n, adj_3);
    wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_neg(var_kd, adj_kd, adj_1);
    // adj: return -kd * vn * n                                                               <L 7>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 6>
    // adj: def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                          <L 5>
    return;
}



extern "C" __global__ void sum_nearby_d7fea859_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_particle_radius,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        bool var_13;
        const wp::float32 var_14 = INFINITY;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // p = particle_x[tid]                                                                    <L 22>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(particle_radius), p + wp.vec3(particle_radius))       <L 23>
        var_4 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_7 = wp::add(var_2, var_6);
        var_8 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_7, var_9);
        // total = wp.vec3()                                                                      <L 24>
        var_10 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 25>
        var_12 = wp::int(var_11);
        // while wp.bvh_query_next(query, index):                                                 <L 26>
        start_while_0:;
        var_13 = wp::bvh_query_next(var_8, var_12, var_14);
        if ((var_13) == false) goto end_while_0;
            // if index != tid:                                                                   <L 27>
            var_15 = (var_12 != var_0);
            if (var_15) {
                // v = particle_v[index]                                                          <L 28>
                var_16 = wp::address(var_particle_v, var_12);
                var_18 = wp::load(var_16);
                var_17 = wp::copy(var_18);
                // vel = velocities[index]                                                        <L 29>
                var_19 = wp::address(var_velocities, var_12);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // n = normals[index]                                                             <L 30>
                var_22 = wp::address(var_normals, var_12);
                var_24 = wp::load(var_22);
                var_23 = wp::copy(var_24);
                // f_damp = relative_damping(v - vel, n, damping)                                 <L 31>
                var_25 = wp::sub(var_17, var_20);
                var_26 = relative_damping_0(var_25, var_23, var_damping);
                // total += f_damp                                                                <L 32>
                var_27 = wp::add(var_10, var_26);
            }
            var_28 = wp::where(var_15, var_27, var_10);
            wp::assign(var_10, var_28);
        goto start_while_0;
        end_while_0:;
        // particle_f[tid] = total                                                                <L 33>
        wp::array_store(var_particle_f, var_0, var_10);
    }
}



extern "C" __global__ void sum_nearby_d7fea859_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_particle_radius,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::float32 adj_particle_radius,
    wp::float32 adj_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        bool var_13;
        const wp::float32 var_14 = INFINITY;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::bvh_query_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // p = particle_x[tid]                                                                    <L 22>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(particle_radius), p + wp.vec3(particle_radius))       <L 23>
        var_4 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_7 = wp::add(var_2, var_6);
        var_8 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_7, var_9);
        // total = wp.vec3()                                                                      <L 24>
        var_10 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 25>
        var_12 = wp::int(var_11);
        // while wp.bvh_query_next(query, index):                                                 <L 26>
        // particle_f[tid] = total                                                                <L 33>
        // wp::array_store(var_particle_f, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_0, var_10, adj_particle_f, adj_0, adj_10);
        // adj: particle_f[tid] = total                                                           <L 33>
        start_while_0:;
        var_13 = wp::bvh_query_next(var_8, var_12, var_14);
        if ((var_13) == false) goto end_while_0;
        adj_15 = {};
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
            // if index != tid:                                                                   <L 27>
            var_15 = (var_12 != var_0);
            if (var_15) {
                // v = particle_v[index]                                                          <L 28>
                var_16 = wp::address(var_particle_v, var_12);
                var_18 = wp::load(var_16);
                var_17 = wp::copy(var_18);
                // vel = velocities[index]                                                        <L 29>
                var_19 = wp::address(var_velocities, var_12);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // n = normals[index]                                                             <L 30>
                var_22 = wp::address(var_normals, var_12);
                var_24 = wp::load(var_22);
                var_23 = wp::copy(var_24);
                // f_damp = relative_damping(v - vel, n, damping)                                 <L 31>
                var_25 = wp::sub(var_17, var_20);
                var_26 = relative_damping_0(var_25, var_23, var_damping);
                // total += f_damp                                                                <L 32>
                var_27 = wp::add(var_10, var_26);
            }
            var_28 = wp::where(var_15, var_27, var_10);
            wp::assign(var_10, var_28);
            wp::adj_assign(var_10, var_28, adj_10, adj_28);
            wp::adj_where(var_15, var_27, var_10, adj_15, adj_27, adj_10, adj_28);
            if (var_15) {
                wp::adj_add(var_10, var_26, adj_10, adj_26, adj_27);
                // adj: total += f_damp                                                           <L 32>
                adj_relative_damping_0(var_25, var_23, var_damping, adj_25, adj_23, adj_damping, adj_26);
                wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_25);
                // adj: f_damp = relative_damping(v - vel, n, damping)                            <L 31>
                wp::adj_copy(var_24, adj_22, adj_23);
                wp::adj_address(var_normals, var_12, adj_normals, adj_12, adj_22);
                // adj: n = normals[index]                                                        <L 30>
                wp::adj_copy(var_21, adj_19, adj_20);
                wp::adj_address(var_velocities, var_12, adj_velocities, adj_12, adj_19);
                // adj: vel = velocities[index]                                                   <L 29>
                wp::adj_copy(var_18, adj_16, adj_17);
                wp::adj_address(var_particle_v, var_12, adj_particle_v, adj_12, adj_16);
                // adj: v = particle_v[index]                                                     <L 28>
            }
            // adj: if index != tid:                                                              <L 27>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 26>
        // adj: index = int(0)                                                                    <L 25>
        // adj: total = wp.vec3()                                                                 <L 24>
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_6);
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_4);
        // adj: query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(particle_radius), p + wp.vec3(particle_radius))  <L 23>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: p = particle_x[tid]                                                               <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def sum_nearby(                                                                   <L 11>
        continue;
    }
}

