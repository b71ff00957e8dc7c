// Warp 1.19.0 cuda code for integrate_body_structs_0cca7f47.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct RigidBody_51a9d518
{
    wp::vec_t<3, wp::float32> position;
    wp::quat_t<wp::float32> orientation;
    wp::vec_t<3, wp::float32> velocity;
    wp::vec_t<3, wp::float32> angular_velocity;
    wp::float32 inv_mass;


    RigidBody_51a9d518() = default;
    CUDA_CALLABLE RigidBody_51a9d518(wp::vec_t<3, wp::float32> const& position,
    wp::quat_t<wp::float32> const& orientation = {},
    wp::vec_t<3, wp::float32> const& velocity = {},
    wp::vec_t<3, wp::float32> const& angular_velocity = {},
    wp::float32 const& inv_mass = {})
        : position{position}
        , orientation{orientation}
        , velocity{velocity}
        , angular_velocity{angular_velocity}
        , inv_mass{inv_mass}

    {
    }

    CUDA_CALLABLE RigidBody_51a9d518& operator += (const RigidBody_51a9d518& rhs)
    {    position += rhs.position;
    orientation += rhs.orientation;
    velocity += rhs.velocity;
    angular_velocity += rhs.angular_velocity;
    inv_mass += rhs.inv_mass;

        return *this;}

};

static CUDA_CALLABLE void adj_RigidBody_51a9d518(wp::vec_t<3, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::quat_t<wp::float32> & adj_orientation,
    wp::vec_t<3, wp::float32> & adj_velocity,
    wp::vec_t<3, wp::float32> & adj_angular_velocity,
    wp::float32 & adj_inv_mass,
    RigidBody_51a9d518 & adj_ret)
{
    adj_position += adj_ret.position;
    adj_orientation += adj_ret.orientation;
    adj_velocity += adj_ret.velocity;
    adj_angular_velocity += adj_ret.angular_velocity;
    adj_inv_mass += adj_ret.inv_mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE RigidBody_51a9d518 add(const RigidBody_51a9d518& a, const RigidBody_51a9d518& b)
{
    return RigidBody_51a9d518();
}

CUDA_CALLABLE void adj_atomic_add(RigidBody_51a9d518* p, RigidBody_51a9d518 t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->orientation, t.orientation);
    wp::adj_atomic_add(&p->velocity, t.velocity);
    wp::adj_atomic_add(&p->angular_velocity, t.angular_velocity);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
}





extern "C" __global__ void integrate_body_structs_b375dcd0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<RigidBody_51a9d518> var_bodies,
    wp::float32 var_dt,
    wp::float32 var_linear_damping)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        RigidBody_51a9d518* var_1;
        RigidBody_51a9d518 var_2;
        RigidBody_51a9d518 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = -9.81;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32>* var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::float32 var_30 = 0.0;
        wp::quat_t<wp::float32> var_31;
        wp::quat_t<wp::float32> var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        wp::quat_t<wp::float32> var_35;
        wp::quat_t<wp::float32> var_36;
        wp::quat_t<wp::float32> var_37;
        //---------
        // forward
        // def integrate_body_structs(bodies: wp.array(dtype=RigidBody), dt: float, linear_damping: float):       <L 14>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // body = bodies[tid]                                                                     <L 16>
        var_1 = wp::address(var_bodies, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body.inv_mass == 0.0:                                                               <L 18>
        var_4 = &((var_2).inv_mass);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 19>
            return;
        }
        // v = body.velocity + wp.vec3(0.0, -9.81, 0.0) * dt                                      <L 20>
        var_8 = &((var_2).velocity);
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // v = v * wp.exp(-linear_damping * dt)                                                   <L 21>
        var_16 = wp::neg(var_linear_damping);
        var_17 = wp::mul(var_16, var_dt);
        var_18 = wp::exp(var_17);
        var_19 = wp::mul(var_14, var_18);
        // p = body.position + v * dt                                                             <L 22>
        var_20 = &((var_2).position);
        var_21 = wp::mul(var_19, var_dt);
        var_23 = wp::load(var_20);
        var_22 = wp::add(var_23, var_21);
        // q = body.orientation                                                                   <L 23>
        var_24 = &((var_2).orientation);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // w = wp.quat_rotate(q, body.angular_velocity)                                           <L 25>
        var_27 = &((var_2).angular_velocity);
        var_29 = wp::load(var_27);
        var_28 = wp::quat_rotate(var_25, var_29);
        // q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * dt))                                 <L 26>
        var_31 = wp::quat_t<wp::float32>(var_28, var_30);
        var_32 = wp::mul(var_31, var_25);
        var_34 = wp::mul(var_33, var_dt);
        var_35 = wp::mul(var_32, var_34);
        var_36 = wp::add(var_25, var_35);
        var_37 = wp::normalize(var_36);
        // body.velocity = v                                                                      <L 27>
        var_2.velocity = var_19;
        // body.position = p                                                                      <L 28>
        var_2.position = var_22;
        // body.orientation = q                                                                   <L 29>
        var_2.orientation = var_37;
        // bodies[tid] = body                                                                     <L 30>
        wp::array_store(var_bodies, var_0, var_2);
}



extern "C" __global__ void integrate_body_structs_b375dcd0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<RigidBody_51a9d518> var_bodies,
    wp::float32 var_dt,
    wp::float32 var_linear_damping,
    wp::array_t<RigidBody_51a9d518> adj_bodies,
    wp::float32 adj_dt,
    wp::float32 adj_linear_damping)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        RigidBody_51a9d518* var_1;
        RigidBody_51a9d518 var_2;
        RigidBody_51a9d518 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = -9.81;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32>* var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::float32 var_30 = 0.0;
        wp::quat_t<wp::float32> var_31;
        wp::quat_t<wp::float32> var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        wp::quat_t<wp::float32> var_35;
        wp::quat_t<wp::float32> var_36;
        wp::quat_t<wp::float32> var_37;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        RigidBody_51a9d518 adj_1 = {};
        RigidBody_51a9d518 adj_2 = {};
        RigidBody_51a9d518 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::quat_t<wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::quat_t<wp::float32> adj_31 = {};
        wp::quat_t<wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::quat_t<wp::float32> adj_35 = {};
        wp::quat_t<wp::float32> adj_36 = {};
        wp::quat_t<wp::float32> adj_37 = {};
        //---------
        // forward
        // def integrate_body_structs(bodies: wp.array(dtype=RigidBody), dt: float, linear_damping: float):       <L 14>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // body = bodies[tid]                                                                     <L 16>
        var_1 = wp::address(var_bodies, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body.inv_mass == 0.0:                                                               <L 18>
        var_4 = &((var_2).inv_mass);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 19>
            goto label0;
        }
        // v = body.velocity + wp.vec3(0.0, -9.81, 0.0) * dt                                      <L 20>
        var_8 = &((var_2).velocity);
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // v = v * wp.exp(-linear_damping * dt)                                                   <L 21>
        var_16 = wp::neg(var_linear_damping);
        var_17 = wp::mul(var_16, var_dt);
        var_18 = wp::exp(var_17);
        var_19 = wp::mul(var_14, var_18);
        // p = body.position + v * dt                                                             <L 22>
        var_20 = &((var_2).position);
        var_21 = wp::mul(var_19, var_dt);
        var_23 = wp::load(var_20);
        var_22 = wp::add(var_23, var_21);
        // q = body.orientation                                                                   <L 23>
        var_24 = &((var_2).orientation);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // w = wp.quat_rotate(q, body.angular_velocity)                                           <L 25>
        var_27 = &((var_2).angular_velocity);
        var_29 = wp::load(var_27);
        var_28 = wp::quat_rotate(var_25, var_29);
        // q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * dt))                                 <L 26>
        var_31 = wp::quat_t<wp::float32>(var_28, var_30);
        var_32 = wp::mul(var_31, var_25);
        var_34 = wp::mul(var_33, var_dt);
        var_35 = wp::mul(var_32, var_34);
        var_36 = wp::add(var_25, var_35);
        var_37 = wp::normalize(var_36);
        // body.velocity = v                                                                      <L 27>
        var_2.velocity = var_19;
        // body.position = p                                                                      <L 28>
        var_2.position = var_22;
        // body.orientation = q                                                                   <L 29>
        var_2.orientation = var_37;
        // bodies[tid] = body                                                                     <L 30>
        // wp::array_store(var_bodies, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
        // adj: bodies[tid] = body                                                                <L 30>
        adj_37 += adj_2.orientation;
        adj_2.orientation = {};
        // adj: body.orientation = q                                                              <L 29>
        adj_22 += adj_2.position;
        adj_2.position = {};
        // adj: body.position = p                                                                 <L 28>
        adj_19 += adj_2.velocity;
        adj_2.velocity = {};
        // adj: body.velocity = v                                                                 <L 27>
        wp::adj_normalize(var_36, adj_36, adj_37);
        wp::adj_add(var_25, var_35, adj_25, adj_35, adj_36);
        wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_mul(var_33, var_dt, adj_33, adj_dt, adj_34);
        wp::adj_mul(var_31, var_25, adj_31, adj_25, adj_32);
        wp::adj_quat_t(var_28, var_30, adj_28, adj_30, adj_31);
        // adj: q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * dt))                            <L 26>
        wp::adj_quat_rotate(var_25, var_29, adj_25, adj_27, adj_28);
        adj_2.angular_velocity += adj_27;
        // adj: w = wp.quat_rotate(q, body.angular_velocity)                                      <L 25>
        wp::adj_copy(var_26, adj_24, adj_25);
        adj_2.orientation += adj_24;
        // adj: q = body.orientation                                                              <L 23>
        wp::adj_add(var_23, var_21, adj_20, adj_21, adj_22);
        wp::adj_mul(var_19, var_dt, adj_19, adj_dt, adj_21);
        adj_2.position += adj_20;
        // adj: p = body.position + v * dt                                                        <L 22>
        wp::adj_mul(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_exp(var_17, var_18, adj_17, adj_18);
        wp::adj_mul(var_16, var_dt, adj_16, adj_dt, adj_17);
        wp::adj_neg(var_linear_damping, adj_linear_damping, adj_16);
        // adj: v = v * wp.exp(-linear_damping * dt)                                              <L 21>
        wp::adj_add(var_15, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        adj_2.velocity += adj_8;
        // adj: v = body.velocity + wp.vec3(0.0, -9.81, 0.0) * dt                                 <L 20>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        adj_2.inv_mass += adj_4;
        // adj: if body.inv_mass == 0.0:                                                          <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
        // adj: body = bodies[tid]                                                                <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def integrate_body_structs(bodies: wp.array(dtype=RigidBody), dt: float, linear_damping: float):  <L 14>
        return;
}

