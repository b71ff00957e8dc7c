// Warp 1.19.0 cuda code for advance_velocities_c0f68711.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// advance_velocities.py:64
static CUDA_CALLABLE wp::vec_t<3, wp::float32> velocity_from_positions_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_x_prev,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def velocity_from_positions(x: wp.vec3, x_prev: wp.vec3, dt: float):                   <L 65>
    // return (x - x_prev) / dt                                                               <L 66>
    var_0 = wp::sub(var_x, var_x_prev);
    var_1 = wp::div(var_0, var_dt);
    return var_1;
}


// advance_velocities.py:69
static CUDA_CALLABLE wp::vec_t<3, wp::float32> drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 70>
    // return -kd * v                                                                         <L 71>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    return var_1;
}


// advance_velocities.py:15
static CUDA_CALLABLE wp::vec_t<3, wp::float32> direction_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def direction_between(a: wp.vec3, b: wp.vec3):                                         <L 16>
    // return wp.normalize(a - b)                                                             <L 17>
    var_0 = wp::sub(var_a, var_b);
    var_1 = wp::normalize(var_0);
    return var_1;
}


// advance_velocities.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float32> penalty_force_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_c,
    wp::float32 var_k_n,
    wp::float32 var_k_d)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def penalty_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):           <L 8>
    // vn = wp.dot(n, v)                                                                      <L 9>
    var_0 = wp::dot(var_n, var_v);
    // jn = c * k_n                                                                           <L 10>
    var_1 = wp::mul(var_c, var_k_n);
    // jd = wp.min(vn, 0.0) * k_d                                                             <L 11>
    var_3 = wp::min(var_0, var_2);
    var_4 = wp::mul(var_3, var_k_d);
    // return -n * (jn + jd)                                                                  <L 12>
    var_5 = wp::neg(var_n);
    var_6 = wp::add(var_1, var_4);
    var_7 = wp::mul(var_5, var_6);
    return var_7;
}


// advance_velocities.py:64
static CUDA_CALLABLE void adj_velocity_from_positions_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_x_prev,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_x_prev,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def velocity_from_positions(x: wp.vec3, x_prev: wp.vec3, dt: float):                   <L 65>
    // return (x - x_prev) / dt                                                               <L 66>
    var_0 = wp::sub(var_x, var_x_prev);
    var_1 = wp::div(var_0, var_dt);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_div(var_0, var_dt, adj_0, adj_dt, adj_1);
    wp::adj_sub(var_x, var_x_prev, adj_x, adj_x_prev, adj_0);
    // adj: return (x - x_prev) / dt                                                          <L 66>
    // adj: def velocity_from_positions(x: wp.vec3, x_prev: wp.vec3, dt: float):              <L 65>
    return;
}


// advance_velocities.py:69
static CUDA_CALLABLE void adj_drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 70>
    // return -kd * v                                                                         <L 71>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_v, adj_0, adj_v, adj_1);
    wp::adj_neg(var_kd, adj_kd, adj_0);
    // adj: return -kd * v                                                                    <L 71>
    // adj: def drag_force(v: wp.vec3, kd: float):                                            <L 70>
    return;
}


// advance_velocities.py:15
static CUDA_CALLABLE void adj_direction_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def direction_between(a: wp.vec3, b: wp.vec3):                                         <L 16>
    // return wp.normalize(a - b)                                                             <L 17>
    var_0 = wp::sub(var_a, var_b);
    var_1 = wp::normalize(var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_normalize(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return wp.normalize(a - b)                                                        <L 17>
    // adj: def direction_between(a: wp.vec3, b: wp.vec3):                                    <L 16>
    return;
}


// advance_velocities.py:7
static CUDA_CALLABLE void adj_penalty_force_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_c,
    wp::float32 var_k_n,
    wp::float32 var_k_d,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_c,
    wp::float32 & adj_k_n,
    wp::float32 & adj_k_d,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def penalty_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):           <L 8>
    // vn = wp.dot(n, v)                                                                      <L 9>
    var_0 = wp::dot(var_n, var_v);
    // jn = c * k_n                                                                           <L 10>
    var_1 = wp::mul(var_c, var_k_n);
    // jd = wp.min(vn, 0.0) * k_d                                                             <L 11>
    var_3 = wp::min(var_0, var_2);
    var_4 = wp::mul(var_3, var_k_d);
    // return -n * (jn + jd)                                                                  <L 12>
    var_5 = wp::neg(var_n);
    var_6 = wp::add(var_1, var_4);
    var_7 = wp::mul(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_6);
    wp::adj_neg(var_n, adj_n, adj_5);
    // adj: return -n * (jn + jd)                                                             <L 12>
    wp::adj_mul(var_3, var_k_d, adj_3, adj_k_d, adj_4);
    wp::adj_min(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: jd = wp.min(vn, 0.0) * k_d                                                        <L 11>
    wp::adj_mul(var_c, var_k_n, adj_c, adj_k_n, adj_1);
    // adj: jn = c * k_n                                                                      <L 10>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 9>
    // adj: def penalty_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):      <L 8>
    return;
}



extern "C" __global__ void update_dynamic_8a46d4bb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_state,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_delta_time)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        //---------
        // forward
        // def update_dynamic(                                                                    <L 100>
        // tid = wp.tid()                                                                         <L 107>
        var_0 = builtin_tid1d();
        // if (state[tid] & PARTICLE_ACTIVE) != 0:                                                <L 108>
        var_1 = wp::address(var_state, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::bit_and(var_4, var_2);
        var_6 = (var_3 != var_5);
        if (var_6) {
            // particle_v[tid] = particle_v[tid] + particle_f[tid] * w[tid] * delta_time          <L 109>
            var_7 = wp::address(var_particle_v, var_0);
            var_8 = wp::address(var_particle_f, var_0);
            var_9 = wp::address(var_w, var_0);
            var_11 = wp::load(var_8);
            var_12 = wp::load(var_9);
            var_10 = wp::mul(var_11, var_12);
            var_13 = wp::mul(var_10, var_delta_time);
            var_15 = wp::load(var_7);
            var_14 = wp::add(var_15, var_13);
            wp::array_store(var_particle_v, var_0, var_14);
        }
        if (!var_6) {
            // particle_v[tid] = particle_v[tid]                                                  <L 111>
            var_16 = wp::address(var_particle_v, var_0);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            wp::array_store(var_particle_v, var_0, var_17);
        }
    }
}



extern "C" __global__ void update_dynamic_8a46d4bb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_state,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_delta_time,
    wp::array_t<wp::int32> adj_state,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::float32> adj_w,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::float32 adj_delta_time)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        //---------
        // forward
        // def update_dynamic(                                                                    <L 100>
        // tid = wp.tid()                                                                         <L 107>
        var_0 = builtin_tid1d();
        // if (state[tid] & PARTICLE_ACTIVE) != 0:                                                <L 108>
        var_1 = wp::address(var_state, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::bit_and(var_4, var_2);
        var_6 = (var_3 != var_5);
        if (var_6) {
            // particle_v[tid] = particle_v[tid] + particle_f[tid] * w[tid] * delta_time          <L 109>
            var_7 = wp::address(var_particle_v, var_0);
            var_8 = wp::address(var_particle_f, var_0);
            var_9 = wp::address(var_w, var_0);
            var_11 = wp::load(var_8);
            var_12 = wp::load(var_9);
            var_10 = wp::mul(var_11, var_12);
            var_13 = wp::mul(var_10, var_delta_time);
            var_15 = wp::load(var_7);
            var_14 = wp::add(var_15, var_13);
            // wp::array_store(var_particle_v, var_0, var_14);
        }
        if (!var_6) {
            // particle_v[tid] = particle_v[tid]                                                  <L 111>
            var_16 = wp::address(var_particle_v, var_0);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // wp::array_store(var_particle_v, var_0, var_17);
        }
        //---------
        // reverse
        if (!var_6) {
            wp::adj_array_store(var_particle_v, var_0, var_17, adj_particle_v, adj_0, adj_17);
            wp::adj_copy(var_18, adj_16, adj_17);
            wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_16);
            // adj: particle_v[tid] = particle_v[tid]                                             <L 111>
        }
        if (var_6) {
            wp::adj_array_store(var_particle_v, var_0, var_14, adj_particle_v, adj_0, adj_14);
            wp::adj_add(var_15, var_13, adj_7, adj_13, adj_14);
            wp::adj_mul(var_10, var_delta_time, adj_10, adj_delta_time, adj_13);
            wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
            wp::adj_address(var_w, var_0, adj_w, adj_0, adj_9);
            wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_8);
            wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_7);
            // adj: particle_v[tid] = particle_v[tid] + particle_f[tid] * w[tid] * delta_time     <L 109>
        }
        wp::adj_address(var_state, var_0, adj_state, adj_0, adj_1);
        // adj: if (state[tid] & PARTICLE_ACTIVE) != 0:                                           <L 108>
        // adj: tid = wp.tid()                                                                    <L 107>
        // adj: def update_dynamic(                                                               <L 100>
        continue;
    }
}



extern "C" __global__ void apply_forces_bdb3a551_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_prev,
    wp::array_t<wp::float32> var_particle_mass,
    wp::float32 var_delta_time,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def apply_forces(                                                                      <L 75>
        // tid = wp.tid()                                                                         <L 86>
        var_0 = builtin_tid1d();
        // flag = particle_flags[tid]                                                             <L 87>
        var_1 = wp::address(var_particle_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= item_count[0] or flag == 0:                                                  <L 88>
        var_6 = wp::address(var_item_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 89>
            continue;
        }
        // vel = particle_v[tid]                                                                  <L 90>
        var_11 = wp::address(var_particle_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p = particle_x[tid]                                                                    <L 91>
        var_14 = wp::address(var_particle_x, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // x_prev = particle_q_prev[tid]                                                          <L 92>
        var_17 = wp::address(var_particle_q_prev, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // f = drag_force(velocity_from_positions(p, x_prev, delta_time), damping)                <L 93>
        var_20 = velocity_from_positions_0(var_15, var_18, var_delta_time);
        var_21 = drag_force_0(var_20, var_damping);
        // m = particle_mass[tid]                                                                 <L 94>
        var_22 = wp::address(var_particle_mass, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // inv_mass = 1.0 / m                                                                     <L 95>
        var_26 = wp::div(var_25, var_23);
        // particle_v_new[tid] = vel + f * (inv_mass * delta_time)                                <L 96>
        var_27 = wp::mul(var_26, var_delta_time);
        var_28 = wp::mul(var_21, var_27);
        var_29 = wp::add(var_12, var_28);
        wp::array_store(var_particle_v_new, var_0, var_29);
    }
}



extern "C" __global__ void apply_forces_bdb3a551_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_prev,
    wp::array_t<wp::float32> var_particle_mass,
    wp::float32 var_delta_time,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_q_prev,
    wp::array_t<wp::float32> adj_particle_mass,
    wp::float32 adj_delta_time,
    wp::float32 adj_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v_new)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def apply_forces(                                                                      <L 75>
        // tid = wp.tid()                                                                         <L 86>
        var_0 = builtin_tid1d();
        // flag = particle_flags[tid]                                                             <L 87>
        var_1 = wp::address(var_particle_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= item_count[0] or flag == 0:                                                  <L 88>
        var_6 = wp::address(var_item_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 89>
            goto label0;
        }
        // vel = particle_v[tid]                                                                  <L 90>
        var_11 = wp::address(var_particle_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p = particle_x[tid]                                                                    <L 91>
        var_14 = wp::address(var_particle_x, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // x_prev = particle_q_prev[tid]                                                          <L 92>
        var_17 = wp::address(var_particle_q_prev, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // f = drag_force(velocity_from_positions(p, x_prev, delta_time), damping)                <L 93>
        var_20 = velocity_from_positions_0(var_15, var_18, var_delta_time);
        var_21 = drag_force_0(var_20, var_damping);
        // m = particle_mass[tid]                                                                 <L 94>
        var_22 = wp::address(var_particle_mass, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // inv_mass = 1.0 / m                                                                     <L 95>
        var_26 = wp::div(var_25, var_23);
        // particle_v_new[tid] = vel + f * (inv_mass * delta_time)                                <L 96>
        var_27 = wp::mul(var_26, var_delta_time);
        var_28 = wp::mul(var_21, var_27);
        var_29 = wp::add(var_12, var_28);
        // wp::array_store(var_particle_v_new, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_particle_v_new, var_0, var_29, adj_particle_v_new, adj_0, adj_29);
        wp::adj_add(var_12, var_28, adj_12, adj_28, adj_29);
        wp::adj_mul(var_21, var_27, adj_21, adj_27, adj_28);
        wp::adj_mul(var_26, var_delta_time, adj_26, adj_delta_time, adj_27);
        // adj: particle_v_new[tid] = vel + f * (inv_mass * delta_time)                           <L 96>
        wp::adj_div(var_25, var_23, var_26, adj_25, adj_23, adj_26);
        // adj: inv_mass = 1.0 / m                                                                <L 95>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_particle_mass, var_0, adj_particle_mass, adj_0, adj_22);
        // adj: m = particle_mass[tid]                                                            <L 94>
        adj_drag_force_0(var_20, var_damping, adj_20, adj_damping, adj_21);
        adj_velocity_from_positions_0(var_15, var_18, var_delta_time, adj_15, adj_18, adj_delta_time, adj_20);
        // adj: f = drag_force(velocity_from_positions(p, x_prev, delta_time), damping)           <L 93>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_particle_q_prev, var_0, adj_particle_q_prev, adj_0, adj_17);
        // adj: x_prev = particle_q_prev[tid]                                                     <L 92>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_14);
        // adj: p = particle_x[tid]                                                               <L 91>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_11);
        // adj: vel = particle_v[tid]                                                             <L 90>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 89>
        }
        if (!var_4) {
        }
        wp::adj_address(var_item_count, var_5, adj_item_count, adj_5, adj_6);
        // adj: if tid >= item_count[0] or flag == 0:                                             <L 88>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
        // adj: flag = particle_flags[tid]                                                        <L 87>
        // adj: tid = wp.tid()                                                                    <L 86>
        // adj: def apply_forces(                                                                 <L 75>
        continue;
    }
}



extern "C" __global__ void create_advance_velocities__locals__advance_velocities_eb3f3814_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_stiffness,
    wp::float32 var_damping,
    wp::float32 var_delta_time,
    wp::float32 var_speed_limit,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v)
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
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<2, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const bool var_34 = true;
        wp::float32 var_35;
        bool var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const bool var_40 = true;
        const wp::vec_t<3, wp::float32> var_41 = wp::initializer_array<3,wp::float32>{1.0, 0.0, 1.0};
        wp::vec_t<3, wp::float32> var_42;
        //---------
        // forward
        // def advance_velocities(                                                                <L 25>
        // tid = wp.tid()                                                                         <L 40>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 41>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 42>
            continue;
        }
        // vel = particle_v[tid]                                                                  <L 43>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = particle_x[tid]                                                                    <L 44>
        var_8 = wp::address(var_particle_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // x = positions[tid]                                                                     <L 45>
        var_11 = wp::address(var_positions, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // pos = points[tid]                                                                      <L 46>
        var_14 = wp::address(var_points, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // radius = particle_radius[tid]                                                          <L 47>
        var_17 = wp::address(var_particle_radius, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // inv_m = particle_inv_mass[tid]                                                         <L 48>
        var_20 = wp::address(var_particle_inv_mass, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // v_new = vel + (penalty_force(direction_between(p, x), vel - velocities[tid], wp.length(pos - origin) - radius, stiffness, damping) * inv_m) * delta_time       <L 49>
        var_23 = direction_between_0(var_9, var_12);
        var_24 = wp::address(var_velocities, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_6, var_26);
        var_27 = wp::sub(var_15, var_origin);
        var_28 = wp::length(var_27);
        var_29 = wp::sub(var_28, var_18);
        var_30 = penalty_force_0(var_23, var_25, var_29, var_stiffness, var_damping);
        var_31 = wp::mul(var_30, var_21);
        var_32 = wp::mul(var_31, var_delta_time);
        var_33 = wp::add(var_6, var_32);
        // if wp.static(clamp_speed):                                                             <L 50>
        // speed = wp.length(v_new)                                                               <L 51>
        var_35 = wp::length(var_33);
        // if speed > speed_limit:                                                                <L 52>
        var_36 = (var_35 > var_speed_limit);
        if (var_36) {
            // v_new = v_new * (speed_limit / speed)                                              <L 53>
            var_37 = wp::div(var_speed_limit, var_35);
            var_38 = wp::mul(var_33, var_37);
        }
        var_39 = wp::where(var_36, var_38, var_33);
        // if wp.static(locked_axis >= 0):                                                        <L 54>
        // v_new = wp.cw_mul(v_new, free_axes)                                                    <L 56>
        var_42 = wp::cw_mul(var_39, var_41);
        // particle_v[tid] = v_new                                                                <L 57>
        wp::array_store(var_particle_v, var_0, var_42);
    }
}



extern "C" __global__ void create_advance_velocities__locals__advance_velocities_eb3f3814_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_stiffness,
    wp::float32 var_damping,
    wp::float32 var_delta_time,
    wp::float32 var_speed_limit,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::vec_t<2, wp::float32> adj_origin,
    wp::float32 adj_stiffness,
    wp::float32 adj_damping,
    wp::float32 adj_delta_time,
    wp::float32 adj_speed_limit,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v)
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
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<2, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const bool var_34 = true;
        wp::float32 var_35;
        bool var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const bool var_40 = true;
        const wp::vec_t<3, wp::float32> var_41 = wp::initializer_array<3,wp::float32>{1.0, 0.0, 1.0};
        wp::vec_t<3, wp::float32> var_42;
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
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<2, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        bool adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        //---------
        // forward
        // def advance_velocities(                                                                <L 25>
        // tid = wp.tid()                                                                         <L 40>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 41>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 42>
            goto label0;
        }
        // vel = particle_v[tid]                                                                  <L 43>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = particle_x[tid]                                                                    <L 44>
        var_8 = wp::address(var_particle_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // x = positions[tid]                                                                     <L 45>
        var_11 = wp::address(var_positions, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // pos = points[tid]                                                                      <L 46>
        var_14 = wp::address(var_points, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // radius = particle_radius[tid]                                                          <L 47>
        var_17 = wp::address(var_particle_radius, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // inv_m = particle_inv_mass[tid]                                                         <L 48>
        var_20 = wp::address(var_particle_inv_mass, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // v_new = vel + (penalty_force(direction_between(p, x), vel - velocities[tid], wp.length(pos - origin) - radius, stiffness, damping) * inv_m) * delta_time       <L 49>
        var_23 = direction_between_0(var_9, var_12);
        var_24 = wp::address(var_velocities, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_6, var_26);
        var_27 = wp::sub(var_15, var_origin);
        var_28 = wp::length(var_27);
        var_29 = wp::sub(var_28, var_18);
        var_30 = penalty_force_0(var_23, var_25, var_29, var_stiffness, var_damping);
        var_31 = wp::mul(var_30, var_21);
        var_32 = wp::mul(var_31, var_delta_time);
        var_33 = wp::add(var_6, var_32);
        // if wp.static(clamp_speed):                                                             <L 50>
        // speed = wp.length(v_new)                                                               <L 51>
        var_35 = wp::length(var_33);
        // if speed > speed_limit:                                                                <L 52>
        var_36 = (var_35 > var_speed_limit);
        if (var_36) {
            // v_new = v_new * (speed_limit / speed)                                              <L 53>
            var_37 = wp::div(var_speed_limit, var_35);
            var_38 = wp::mul(var_33, var_37);
        }
        var_39 = wp::where(var_36, var_38, var_33);
        // if wp.static(locked_axis >= 0):                                                        <L 54>
        // v_new = wp.cw_mul(v_new, free_axes)                                                    <L 56>
        var_42 = wp::cw_mul(var_39, var_41);
        // particle_v[tid] = v_new                                                                <L 57>
        // wp::array_store(var_particle_v, var_0, var_42);
        //---------
        // reverse
        wp::adj_array_store(var_particle_v, var_0, var_42, adj_particle_v, adj_0, adj_42);
        // adj: particle_v[tid] = v_new                                                           <L 57>
        wp::adj_cw_mul(var_39, var_41, adj_39, adj_41, adj_42);
        // adj: v_new = wp.cw_mul(v_new, free_axes)                                               <L 56>
        // adj: if wp.static(locked_axis >= 0):                                                   <L 54>
        wp::adj_where(var_36, var_38, var_33, adj_36, adj_38, adj_33, adj_39);
        if (var_36) {
            wp::adj_mul(var_33, var_37, adj_33, adj_37, adj_38);
            wp::adj_div(var_speed_limit, var_35, var_37, adj_speed_limit, adj_35, adj_37);
            // adj: v_new = v_new * (speed_limit / speed)                                         <L 53>
        }
        // adj: if speed > speed_limit:                                                           <L 52>
        wp::adj_length(var_33, var_35, adj_33, adj_35);
        // adj: speed = wp.length(v_new)                                                          <L 51>
        // adj: if wp.static(clamp_speed):                                                        <L 50>
        wp::adj_add(var_6, var_32, adj_6, adj_32, adj_33);
        wp::adj_mul(var_31, var_delta_time, adj_31, adj_delta_time, adj_32);
        wp::adj_mul(var_30, var_21, adj_30, adj_21, adj_31);
        adj_penalty_force_0(var_23, var_25, var_29, var_stiffness, var_damping, adj_23, adj_25, adj_29, adj_stiffness, adj_damping, adj_30);
        wp::adj_sub(var_28, var_18, adj_28, adj_18, adj_29);
        wp::adj_length(var_27, var_28, adj_27, adj_28);
        wp::adj_sub(var_15, var_origin, adj_15, adj_origin, adj_27);
        wp::adj_sub(var_6, var_26, adj_6, adj_24, adj_25);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_24);
        adj_direction_between_0(var_9, var_12, adj_9, adj_12, adj_23);
        // adj: v_new = vel + (penalty_force(direction_between(p, x), vel - velocities[tid], wp.length(pos - origin) - radius, stiffness, damping) * inv_m) * delta_time  <L 49>
        wp::adj_copy(var_22, adj_20, adj_21);
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_20);
        // adj: inv_m = particle_inv_mass[tid]                                                    <L 48>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_17);
        // adj: radius = particle_radius[tid]                                                     <L 47>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_14);
        // adj: pos = points[tid]                                                                 <L 46>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_11);
        // adj: x = positions[tid]                                                                <L 45>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_8);
        // adj: p = particle_x[tid]                                                               <L 44>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
        // adj: vel = particle_v[tid]                                                             <L 43>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 42>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 41>
        // adj: tid = wp.tid()                                                                    <L 40>
        // adj: def advance_velocities(                                                           <L 25>
        continue;
    }
}

